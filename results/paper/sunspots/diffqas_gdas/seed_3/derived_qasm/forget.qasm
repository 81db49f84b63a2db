// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.00399908406) q[0];
ry(pi*-0.13661503424) q[1];
ry(pi*-0.129246901268) q[2];
ry(pi*0.299283635341) q[3];
ry(pi*0.005224849848) q[4];
ry(pi*-0.000702708405) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084518107855) q[0];
ry(pi*0.412497701547) q[1];
ry(pi*-0.018227015546) q[2];
ry(pi*-0.028580862549) q[3];
ry(pi*0.006905948537) q[4];
ry(pi*0.000108974868) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.094454344523) q[0];
ry(pi*0.093248569488) q[1];
ry(pi*0.10029824489) q[2];
ry(pi*-0.485949100535) q[3];
ry(pi*-0.002610823209) q[4];
ry(pi*2.5213561e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078867701055) q[0];
ry(pi*0.227063055414) q[1];
ry(pi*-0.261028352927) q[2];
ry(pi*-0.080466591421) q[3];
ry(pi*0.000528912774) q[4];
ry(pi*0.002018990134) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.024923042488) q[0];
ry(pi*-0.0650544498) q[1];
ry(pi*-0.143472895162) q[2];
ry(pi*0.396962967517) q[3];
ry(pi*0.507458656378) q[4];
ry(pi*-0.002096833242) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
