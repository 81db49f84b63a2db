// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rx(pi*0.000362736258) q[0];
rx(pi*-0.001140997256) q[1];
rx(pi*0.00185871933) q[2];
rx(pi*0.002463456542) q[3];
rx(pi*0.003969688159) q[4];
rx(pi*0.002335836947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001034694063) q[0];
rx(pi*-1.69377e-07) q[1];
rx(pi*0.00149740336) q[2];
rx(pi*0.013245003232) q[3];
rx(pi*-0.010233978369) q[4];
rx(pi*0.004547384906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00239932154) q[0];
rx(pi*0.009585390839) q[1];
rx(pi*0.020334255785) q[2];
rx(pi*-0.003563057708) q[3];
rx(pi*0.002809721341) q[4];
rx(pi*0.001432681093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001650963592) q[0];
rx(pi*-0.000234377282) q[1];
rx(pi*0.049411296003) q[2];
rx(pi*0.044659305725) q[3];
rx(pi*-0.01436943261) q[4];
rx(pi*-0.00236478936) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000532406687) q[0];
rx(pi*0.001986084719) q[1];
rx(pi*0.002876554624) q[2];
rx(pi*0.000820856077) q[3];
rx(pi*-0.004956520649) q[4];
rx(pi*-0.005517208625) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
