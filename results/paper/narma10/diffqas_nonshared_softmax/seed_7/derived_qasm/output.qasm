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
rx(pi*0.101850775348) q[0];
rx(pi*-0.000465255351) q[1];
rx(pi*0.001689968745) q[2];
rx(pi*-0.001134275642) q[3];
rx(pi*-0.000833206447) q[4];
rx(pi*-0.004720245907) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099692995266) q[0];
rx(pi*0.001559523397) q[1];
rx(pi*-0.0002008038) q[2];
rx(pi*-0.004699634092) q[3];
rx(pi*0.00024091482) q[4];
rx(pi*0.000395786562) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09671539327) q[0];
rx(pi*0.001971855158) q[1];
rx(pi*-0.002644234811) q[2];
rx(pi*0.002743968913) q[3];
rx(pi*-0.007970182723) q[4];
rx(pi*-0.001092759268) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.09800068309) q[0];
rx(pi*0.002660856716) q[1];
rx(pi*0.002614059545) q[2];
rx(pi*-0.002076905187) q[3];
rx(pi*0.000520197279) q[4];
rx(pi*-0.002688952095) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.103516326463) q[0];
rx(pi*0.006952643434) q[1];
rx(pi*0.003584792473) q[2];
rx(pi*-0.004378440889) q[3];
rx(pi*-0.003427318074) q[4];
rx(pi*0.003436974313) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
