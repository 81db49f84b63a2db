// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*6.0578195e-05) q[0];
ry(pi*-3.311634e-06) q[1];
ry(pi*3.8501836e-05) q[2];
ry(pi*0.051393246146) q[3];
ry(pi*5.290358e-05) q[4];
ry(pi*2.0e-12) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000335559427) q[0];
ry(pi*0.883604952798) q[1];
ry(pi*-9.308984e-06) q[2];
ry(pi*0.000457113338) q[3];
ry(pi*-1.0e-11) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000596005635) q[0];
ry(pi*-1.7137218e-05) q[1];
ry(pi*-0.000105680845) q[2];
ry(pi*-3.0e-12) q[3];
ry(pi*0.000667702055) q[4];
ry(pi*3.8e-11) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.006094934721) q[0];
ry(pi*-0.000729053547) q[1];
ry(pi*5.0e-11) q[2];
ry(pi*3.73e-10) q[3];
ry(pi*-1.6134e-08) q[4];
ry(pi*-2.3424e-08) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.297378524827) q[0];
ry(pi*3.244451e-06) q[1];
ry(pi*-1.0508765e-05) q[2];
ry(pi*-0.00019135867) q[3];
ry(pi*0.036144056711) q[4];
ry(pi*-0.002454331539) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
