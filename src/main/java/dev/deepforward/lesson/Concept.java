package dev.deepforward.lesson;

import dev.deepforward.spec.Choice;

/**
 * The closed vocabulary of concept tags a lesson may carry. A closed list (rather than free text) lets the
 * catalogue filter reliably and turns a misspelt tag into an error with a suggestion instead of a silent
 * orphan. Ids are written like every other id, {@code vanishing_gradients}; {@code vanishing-gradients} is
 * read as the same tag.
 */
public enum Concept implements Choice {
    NONLINEARITY("Non-linearity", "Why a stack of linear layers is still linear, and what a non-linear activation adds (the XOR problem)."),
    UNIVERSAL_APPROXIMATION("Universal approximation", "One wide enough hidden layer can approximate any continuous function, though not necessarily learn it."),
    DEPTH_VS_WIDTH("Depth vs width", "Deeper networks can represent some functions with far fewer units than shallow, wide ones."),
    DISTRIBUTED_REPRESENTATIONS("Distributed representations", "Each unit encodes a reusable feature and each input is described by many units at once."),
    BACKPROPAGATION("Back-propagation", "The chain rule applied layer by layer from the loss back to every weight."),
    GRADIENT_DESCENT("Gradient descent", "Moving the parameters a small step against the gradient of the loss."),
    MINIBATCHES("Minibatches", "Estimating the gradient from a small random batch of examples instead of the whole training set."),
    LEARNING_RATE("Learning rate", "The step size of gradient descent: too small crawls, too large oscillates or diverges."),
    LEARNING_RATE_SCHEDULES("Learning-rate schedules", "Changing the step size during training: decay, cosine, warm-up."),
    OPTIMIZERS("Optimizers", "Update rules beyond plain SGD: momentum, Nesterov, AdaGrad, RMSProp, Adam."),
    ACTIVATIONS("Activations", "The element-wise non-linearities of hidden units and how their shapes affect learning."),
    SATURATION("Saturation", "Squashing units whose inputs are so large that their slope, and with it their gradient, is nearly zero."),
    DYING_RELU("Dying ReLU", "Rectified units whose input is negative for every example, so they output zero and never learn again."),
    MAXOUT("Maxout", "Units that output the largest of several linear pieces and so learn their own activation."),
    OUTPUT_UNITS("Output units", "Linear, sigmoid and softmax outputs and the distributions they model."),
    LOSSES("Losses", "The cost functions minimized (cross-entropy, squared and absolute error) and their gradients."),
    INITIALIZATION("Initialization", "How the starting weights are drawn and how their scale must fit the layer's size."),
    SYMMETRY_BREAKING("Symmetry breaking", "Units that start identical stay identical; random init makes them differ."),
    VANISHING_GRADIENTS("Vanishing gradients", "Gradients that shrink layer after layer on their way back, so early layers stop learning."),
    EXPLODING_GRADIENTS("Exploding gradients", "Gradients that grow layer after layer, producing huge steps and divergence."),
    GRADIENT_CLIPPING("Gradient clipping", "Limiting a gradient's size before the update so one bad step cannot wreck training."),
    BATCH_NORM("Batch normalization", "Normalizing a layer's sums over the minibatch, then rescaling them with learned γ and β."),
    INPUT_NORMALIZATION("Input normalization", "Standardizing every input feature so no feature dominates the first layer's sums."),
    BIAS_VARIANCE("Bias and variance", "Underfitting from a too-simple model versus overfitting from a too-flexible one."),
    OVERFITTING("Overfitting", "Doing ever better on the training data while getting worse on data not seen in training."),
    REGULARIZATION("Regularization", "Any change that aims to reduce the error on unseen data rather than on the training data."),
    L1("L1 penalty", "Adding λ·Σ|w| to the loss, which pushes many weights to exactly zero."),
    L2("L2 penalty", "Adding λ/2·Σw² to the loss (weight decay), which keeps all weights small."),
    DROPOUT("Dropout", "Randomly silencing units during training so none can rely on particular others."),
    EARLY_STOPPING("Early stopping", "Ending training when the validation loss stops improving and keeping the best parameters."),
    DATA_SPLIT("Training, validation and test data", "Holding data out so that choices are made on validation data and judged once on test data."),
    AUGMENTATION("Data augmentation", "Making more training examples by transforming existing ones: noise, shifts."),
    LABEL_SMOOTHING("Label smoothing", "Training towards slightly softened targets so the network does not become over-confident."),
    TRANSFER_LEARNING("Transfer learning", "Reusing layers trained on one task as the starting point for another."),
    HYPERPARAMETER_SEARCH("Hyperparameter search", "Choosing settings such as the learning rate by grid or random search on validation data."),
    ARCHITECTURE_SEARCH("Architecture search", "Searching over depths, widths and layer types for a network that generalizes best."),
    CLASSIFICATION("Classification", "Predicting one of several classes, scored by accuracy and cross-entropy."),
    REGRESSION("Regression", "Predicting real numbers, scored by squared or absolute error."),
    MNIST("MNIST", "Recognizing hand-written digits from 28×28 grey-scale images.");

    private final String displayName;
    private final String explanation;

    Concept(String displayName, String explanation) {
        this.displayName = displayName;
        this.explanation = explanation;
    }

    @Override public String displayName() { return displayName; }
    @Override public String explanation() { return explanation; }
}
