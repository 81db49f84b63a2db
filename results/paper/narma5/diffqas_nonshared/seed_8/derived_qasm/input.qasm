// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.002742052369) q[0];
rz(pi*-0.007134494849) q[1];
rz(pi*-0.000260932014) q[2];
rz(pi*0.004639305794) q[3];
rz(pi*-0.001650755781) q[4];
rz(pi*0.004937865102) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004955901663) q[0];
rz(pi*-0.002746159376) q[1];
rz(pi*-0.007846722311) q[2];
rz(pi*-0.003931707386) q[3];
rz(pi*0.003779715222) q[4];
rz(pi*-0.002599865261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004808634306) q[0];
rz(pi*-0.004258012855) q[1];
rz(pi*5.74209e-07) q[2];
rz(pi*-8.3105202e-05) q[3];
rz(pi*0.002775806666) q[4];
rz(pi*0.00314824526) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002967440607) q[0];
rz(pi*-0.000498976817) q[1];
rz(pi*-0.003609425621) q[2];
rz(pi*0.000228835924) q[3];
rz(pi*-0.003662498622) q[4];
rz(pi*-0.003820519377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006759062118) q[0];
rz(pi*0.000103097716) q[1];
rz(pi*0.002047301031) q[2];
rz(pi*0.008079018112) q[3];
rz(pi*0.00250140263) q[4];
rz(pi*-0.000363327266) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
