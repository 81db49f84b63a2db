// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000918640062) q[0];
rx(pi*-0.003619126031) q[1];
rx(pi*-0.001972172063) q[2];
rx(pi*-0.000795753946) q[3];
rx(pi*0.004358072458) q[4];
rx(pi*-0.001943257595) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.005711542922) q[0];
rx(pi*-0.002956102612) q[1];
rx(pi*-0.00113822805) q[2];
rx(pi*0.002685087583) q[3];
rx(pi*-0.000764556672) q[4];
rx(pi*-0.002642807408) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000419680996) q[0];
rx(pi*0.001428305651) q[1];
rx(pi*-0.005461349298) q[2];
rx(pi*-0.000791107402) q[3];
rx(pi*-0.000348019853) q[4];
rx(pi*-0.001285162791) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.002340709979) q[0];
rx(pi*-0.001809756004) q[1];
rx(pi*-0.001160282387) q[2];
rx(pi*0.000119822972) q[3];
rx(pi*0.002320001077) q[4];
rx(pi*-0.000703981728) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.004827475727) q[0];
rx(pi*-0.002889356782) q[1];
rx(pi*0.004095103061) q[2];
rx(pi*-0.002730529093) q[3];
rx(pi*-0.00051905406) q[4];
rx(pi*0.001158794435) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
