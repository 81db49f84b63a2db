// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.072471053399) q[0];
ry(pi*-0.310514230802) q[1];
ry(pi*-0.373266271265) q[2];
ry(pi*-0.115062637932) q[3];
ry(pi*0.238796751225) q[4];
ry(pi*0.009385100285) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.298436255511) q[0];
ry(pi*-0.302535545323) q[1];
ry(pi*-0.398523665742) q[2];
ry(pi*0.048309003078) q[3];
ry(pi*-0.023822428651) q[4];
ry(pi*-0.081283700232) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.208299577126) q[0];
ry(pi*-0.071533652624) q[1];
ry(pi*-0.04876465733) q[2];
ry(pi*-0.161796272108) q[3];
ry(pi*0.231548516533) q[4];
ry(pi*0.028485825684) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.0969461588) q[0];
ry(pi*0.112768130744) q[1];
ry(pi*0.090297263721) q[2];
ry(pi*0.042539025279) q[3];
ry(pi*-0.218545676709) q[4];
ry(pi*0.271124700613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004000053745) q[0];
ry(pi*0.419887131428) q[1];
ry(pi*0.389522462999) q[2];
ry(pi*-0.024462369944) q[3];
ry(pi*-0.056321142254) q[4];
ry(pi*0.00453176322) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
