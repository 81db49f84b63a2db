// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.055944561672) q[0];
ry(pi*0.082207777395) q[1];
ry(pi*-0.005506789622) q[2];
ry(pi*-8.413557e-06) q[3];
ry(pi*1.374e-09) q[4];
ry(pi*-1.3175e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.194564806642) q[0];
ry(pi*-0.226214081873) q[1];
ry(pi*-0.008355107165) q[2];
ry(pi*-7.984819e-06) q[3];
ry(pi*5.44e-09) q[4];
ry(pi*7.639e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084888076435) q[0];
ry(pi*-0.077821491572) q[1];
ry(pi*0.148497941226) q[2];
ry(pi*-2.4944652e-05) q[3];
ry(pi*-7.008e-09) q[4];
ry(pi*-1.5098e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.152877562871) q[0];
ry(pi*0.221585205754) q[1];
ry(pi*-0.106989629438) q[2];
ry(pi*-3.268009e-05) q[3];
ry(pi*-0.017566597914) q[4];
ry(pi*0.025871852999) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.025013305335) q[0];
ry(pi*-0.428240946074) q[1];
ry(pi*-0.142110983901) q[2];
ry(pi*0.04237440349) q[3];
ry(pi*-0.062903798728) q[4];
ry(pi*-0.003636231446) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
