// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.002096358924) q[0];
rx(pi*-0.002012281489) q[1];
rx(pi*0.002965981781) q[2];
rx(pi*-0.001051606859) q[3];
rx(pi*0.005610979059) q[4];
rx(pi*-0.001097570341) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.000372134401) q[0];
rx(pi*-0.000642421832) q[1];
rx(pi*0.001477427873) q[2];
rx(pi*0.000594903474) q[3];
rx(pi*0.004365390899) q[4];
rx(pi*-0.001761525649) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001314376969) q[0];
rx(pi*0.006529552346) q[1];
rx(pi*-0.001282357789) q[2];
rx(pi*0.001695084569) q[3];
rx(pi*0.005003419503) q[4];
rx(pi*0.001761509789) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.000463004191) q[0];
rx(pi*-0.005872098614) q[1];
rx(pi*0.007103604251) q[2];
rx(pi*0.001369612122) q[3];
rx(pi*0.004012395814) q[4];
rx(pi*-0.001516242854) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003518209986) q[0];
rx(pi*0.002011279787) q[1];
rx(pi*-0.000358809047) q[2];
rx(pi*-0.002870753113) q[3];
rx(pi*0.001172031928) q[4];
rx(pi*-0.001548676025) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
