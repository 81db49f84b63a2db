// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.10375798235) q[0];
ry(pi*0.204319417197) q[1];
ry(pi*-0.301681392222) q[2];
ry(pi*0.015767169162) q[3];
ry(pi*0.021961666934) q[4];
ry(pi*0.00165678289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.057880094987) q[0];
ry(pi*0.425703189288) q[1];
ry(pi*-0.111491027665) q[2];
ry(pi*0.483923569991) q[3];
ry(pi*0.014605103781) q[4];
ry(pi*0.000726454058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.097544170321) q[0];
ry(pi*-0.07466761852) q[1];
ry(pi*-0.061386737823) q[2];
ry(pi*-0.031517039922) q[3];
ry(pi*-0.004760416847) q[4];
ry(pi*0.004967119893) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.022619001494) q[0];
ry(pi*0.048096987366) q[1];
ry(pi*0.558353924815) q[2];
ry(pi*0.029713637565) q[3];
ry(pi*0.26625957584) q[4];
ry(pi*-0.000164826746) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.073424026057) q[0];
ry(pi*0.242639169007) q[1];
ry(pi*0.016496261025) q[2];
ry(pi*0.014365296551) q[3];
ry(pi*-0.606603026186) q[4];
ry(pi*0.003547251631) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
