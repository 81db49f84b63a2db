// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.1250355e-05) q[0];
ry(pi*-0.004923468047) q[1];
ry(pi*-0.045774647157) q[2];
ry(pi*-0.035305216989) q[3];
ry(pi*0.000489856187) q[4];
ry(pi*0.00491529939) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*9.5603166e-05) q[0];
ry(pi*0.037747984342) q[1];
ry(pi*-0.016076927727) q[2];
ry(pi*-0.002902986922) q[3];
ry(pi*0.00099319592) q[4];
ry(pi*0.001621495802) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.000185699363) q[0];
ry(pi*-0.016914164253) q[1];
ry(pi*-0.009674683111) q[2];
ry(pi*-0.007269712436) q[3];
ry(pi*-0.004106369612) q[4];
ry(pi*0.002499119971) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*4.5754148e-05) q[0];
ry(pi*0.012369861528) q[1];
ry(pi*0.012221390291) q[2];
ry(pi*0.015216704533) q[3];
ry(pi*-0.001371276388) q[4];
ry(pi*0.005077375866) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-3.7622519e-05) q[0];
ry(pi*0.002272996687) q[1];
ry(pi*-0.044768327876) q[2];
ry(pi*-0.044507186977) q[3];
ry(pi*-0.000304338381) q[4];
ry(pi*-0.000848712295) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
