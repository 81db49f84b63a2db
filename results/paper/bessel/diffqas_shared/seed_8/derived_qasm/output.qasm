// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.002181537074) q[0];
rz(pi*-0.005787363951) q[1];
rz(pi*-0.002738328671) q[2];
rz(pi*0.003127897878) q[3];
rz(pi*-8.8170953e-05) q[4];
rz(pi*-0.004818372662) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000185532628) q[0];
rz(pi*0.002009144464) q[1];
rz(pi*-0.000489614655) q[2];
rz(pi*0.003667553377) q[3];
rz(pi*0.000648999446) q[4];
rz(pi*0.000914373862) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001390666832) q[0];
rz(pi*-0.007619683147) q[1];
rz(pi*-0.001703286428) q[2];
rz(pi*0.000371512006) q[3];
rz(pi*0.004778425542) q[4];
rz(pi*0.003456515058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000677130176) q[0];
rz(pi*0.001305447475) q[1];
rz(pi*0.00118080386) q[2];
rz(pi*-0.003561868354) q[3];
rz(pi*-0.004521691952) q[4];
rz(pi*-0.003083234251) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000554318506) q[0];
rz(pi*-0.004998432634) q[1];
rz(pi*0.000397538688) q[2];
rz(pi*0.00640100368) q[3];
rz(pi*-0.005935424902) q[4];
rz(pi*6.1096889e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
