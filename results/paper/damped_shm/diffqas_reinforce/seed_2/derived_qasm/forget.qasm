// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.015395035317) q[0];
ry(pi*-0.023847067135) q[1];
ry(pi*-0.090656057352) q[2];
ry(pi*0.004211587134) q[3];
ry(pi*-0.478550070444) q[4];
ry(pi*0.07102341852) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000910409299) q[0];
ry(pi*-0.027613399455) q[1];
ry(pi*0.35966986903) q[2];
ry(pi*0.510850338593) q[3];
ry(pi*0.008319735441) q[4];
ry(pi*-0.016568518735) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.495921404396) q[0];
ry(pi*-0.184999316437) q[1];
ry(pi*0.002880912427) q[2];
ry(pi*0.370323522206) q[3];
ry(pi*-0.118783440401) q[4];
ry(pi*0.487841745954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.003882843371) q[0];
ry(pi*0.019053047478) q[1];
ry(pi*-0.003552110433) q[2];
ry(pi*-0.496616641763) q[3];
ry(pi*0.228703211506) q[4];
ry(pi*0.511779168429) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.083970402574) q[0];
ry(pi*-0.02093499701) q[1];
ry(pi*-0.18378005178) q[2];
ry(pi*-0.000948694377) q[3];
ry(pi*-0.153130118602) q[4];
ry(pi*0.002177985317) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
