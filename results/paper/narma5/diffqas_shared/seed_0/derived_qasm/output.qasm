// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*-0.000711227613) q[0];
rz(pi*0.00390390905) q[1];
rz(pi*-0.002252999114) q[2];
rz(pi*0.004044085046) q[3];
rz(pi*-0.000632128672) q[4];
rz(pi*0.002593270453) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.005903921248) q[0];
rz(pi*0.001638882992) q[1];
rz(pi*0.001019540322) q[2];
rz(pi*-0.000930188537) q[3];
rz(pi*0.002299267124) q[4];
rz(pi*0.002606675292) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001157107194) q[0];
rz(pi*-5.1559989e-05) q[1];
rz(pi*0.000344693137) q[2];
rz(pi*-0.002624415997) q[3];
rz(pi*0.001138402066) q[4];
rz(pi*0.001558795466) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004467879904) q[0];
rz(pi*0.001612656874) q[1];
rz(pi*-0.001056097916) q[2];
rz(pi*-0.000698108403) q[3];
rz(pi*0.000142152932) q[4];
rz(pi*-7.3577098e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002010211977) q[0];
rz(pi*-0.006221785919) q[1];
rz(pi*-0.001688859877) q[2];
rz(pi*0.002632257671) q[3];
rz(pi*0.000810046651) q[4];
rz(pi*0.000638393903) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
