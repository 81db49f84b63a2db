// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.048711770796) q[0];
ry(pi*0.002040759287) q[1];
ry(pi*-0.019573734379) q[2];
ry(pi*0.005601423316) q[3];
ry(pi*-0.01648545486) q[4];
ry(pi*0.150749038767) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.001657303306) q[0];
ry(pi*-0.009946318905) q[1];
ry(pi*-0.008659392092) q[2];
ry(pi*0.312074454709) q[3];
ry(pi*-0.011329948626) q[4];
ry(pi*0.140323599286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.0020679668) q[0];
ry(pi*-0.001380504258) q[1];
ry(pi*0.014334839362) q[2];
ry(pi*0.034121270101) q[3];
ry(pi*0.053536213254) q[4];
ry(pi*-0.194908687694) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.227677165311) q[0];
ry(pi*-0.023414251329) q[1];
ry(pi*-0.048058221299) q[2];
ry(pi*0.288545401655) q[3];
ry(pi*-0.00139341462) q[4];
ry(pi*-0.03271786544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005896574644) q[0];
ry(pi*-0.004127261868) q[1];
ry(pi*-0.009419314671) q[2];
ry(pi*-0.008685814015) q[3];
ry(pi*-0.006321889101) q[4];
ry(pi*0.001187784349) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
