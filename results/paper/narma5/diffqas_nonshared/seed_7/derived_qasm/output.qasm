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
rz(pi*-0.004097194806) q[0];
rz(pi*0.003301967798) q[1];
rz(pi*-0.001700275839) q[2];
rz(pi*0.001236381411) q[3];
rz(pi*0.001326374267) q[4];
rz(pi*-0.0025543947) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001882245537) q[0];
rz(pi*-0.006598731135) q[1];
rz(pi*-0.002918077075) q[2];
rz(pi*-0.005737669582) q[3];
rz(pi*0.00139214893) q[4];
rz(pi*0.000195491579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002909517698) q[0];
rz(pi*0.001134911303) q[1];
rz(pi*-0.002020493872) q[2];
rz(pi*0.001101994178) q[3];
rz(pi*-0.00124276122) q[4];
rz(pi*0.001938703098) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001003865423) q[0];
rz(pi*-0.00314672744) q[1];
rz(pi*7.001869e-06) q[2];
rz(pi*0.000176132317) q[3];
rz(pi*-0.000979474325) q[4];
rz(pi*0.00284857575) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005452810376) q[0];
rz(pi*-0.001170531303) q[1];
rz(pi*-0.001116309042) q[2];
rz(pi*-0.007155807174) q[3];
rz(pi*-0.000410363598) q[4];
rz(pi*-0.001388412484) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
