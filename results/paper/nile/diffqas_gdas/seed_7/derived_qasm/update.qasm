// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*-0.039676704069) q[0];
rx(pi*0.00271051403) q[1];
rx(pi*0.102585637298) q[2];
rx(pi*-0.01945737096) q[3];
rx(pi*-0.001896486363) q[4];
rx(pi*0.002255920769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.151554232693) q[0];
rx(pi*0.242583749611) q[1];
rx(pi*0.095938459252) q[2];
rx(pi*-0.022261381801) q[3];
rx(pi*-0.001935649227) q[4];
rx(pi*0.001084868902) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.014480572594) q[0];
rx(pi*-0.007325721766) q[1];
rx(pi*0.09748308756) q[2];
rx(pi*-0.022798875) q[3];
rx(pi*0.000235350339) q[4];
rx(pi*0.003576667394) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.382965405505) q[0];
rx(pi*0.257655396815) q[1];
rx(pi*0.091380019459) q[2];
rx(pi*-0.024606012617) q[3];
rx(pi*0.000722266195) q[4];
rx(pi*-0.002997128807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.037676594636) q[0];
rx(pi*0.004750296368) q[1];
rx(pi*0.099135272375) q[2];
rx(pi*-0.025413153621) q[3];
rx(pi*0.000367487634) q[4];
rx(pi*-0.002441448895) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
