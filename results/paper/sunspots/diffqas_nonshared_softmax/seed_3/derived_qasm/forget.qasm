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
ry(pi*-0.22354101145) q[0];
ry(pi*0.007612161046) q[1];
ry(pi*0.074733719573) q[2];
ry(pi*0.106135315068) q[3];
ry(pi*-0.115349923278) q[4];
ry(pi*0.052638901895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.050024068322) q[0];
ry(pi*0.287321279974) q[1];
ry(pi*-0.509799096589) q[2];
ry(pi*-0.191470787867) q[3];
ry(pi*-0.078195226242) q[4];
ry(pi*-0.026453092611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008228411899) q[0];
ry(pi*0.205782937008) q[1];
ry(pi*-0.615078038744) q[2];
ry(pi*0.03013871249) q[3];
ry(pi*-0.159520225403) q[4];
ry(pi*-0.032858389468) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.004750706357) q[0];
ry(pi*-0.209389447645) q[1];
ry(pi*-0.669894025492) q[2];
ry(pi*-0.16138993277) q[3];
ry(pi*-0.294954092262) q[4];
ry(pi*0.065706955796) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.017302517425) q[0];
ry(pi*-0.134694897309) q[1];
ry(pi*-0.031911305477) q[2];
ry(pi*-0.291277230677) q[3];
ry(pi*-0.093185418698) q[4];
ry(pi*-0.002097401535) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
