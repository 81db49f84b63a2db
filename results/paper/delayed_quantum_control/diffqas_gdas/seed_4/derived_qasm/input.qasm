// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.044472334039) q[0];
rx(pi*-0.255289969496) q[1];
rx(pi*-0.014487533221) q[2];
rx(pi*0.028443530686) q[3];
rx(pi*-0.002390946109) q[4];
rx(pi*-0.002596096207) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.460450638326) q[0];
rx(pi*-0.143826651529) q[1];
rx(pi*0.107232888523) q[2];
rx(pi*0.026272351102) q[3];
rx(pi*-0.000391309771) q[4];
rx(pi*0.005065590825) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.0996063657) q[0];
rx(pi*-0.075922172489) q[1];
rx(pi*-0.016234331571) q[2];
rx(pi*0.030169704474) q[3];
rx(pi*0.001171794991) q[4];
rx(pi*0.005912438233) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.499372509257) q[0];
rx(pi*-0.261998163899) q[1];
rx(pi*0.098435035689) q[2];
rx(pi*0.029004943777) q[3];
rx(pi*0.002688651495) q[4];
rx(pi*-6.1661157e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.013538633775) q[0];
rx(pi*-0.263284098792) q[1];
rx(pi*-0.016195612936) q[2];
rx(pi*0.029018165411) q[3];
rx(pi*-0.001210013368) q[4];
rx(pi*0.00259423836) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
