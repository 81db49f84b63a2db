// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*1.381560425474) q[0];
ry(pi*0.947604811903) q[1];
ry(pi*1.340492319379) q[2];
ry(pi*0.12568471097) q[3];
ry(pi*1.01652149652) q[4];
ry(pi*0.270453596582) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.818624534027) q[0];
ry(pi*0.899416309489) q[1];
ry(pi*0.320048017546) q[2];
ry(pi*0.799358060371) q[3];
ry(pi*1.269786656437) q[4];
ry(pi*1.695789197738) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.089148036329) q[0];
ry(pi*0.186207861493) q[1];
ry(pi*1.087320733054) q[2];
ry(pi*0.919745608644) q[3];
ry(pi*0.588226402224) q[4];
ry(pi*0.337374841432) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.752639945903) q[0];
ry(pi*1.237954483919) q[1];
ry(pi*0.829385317455) q[2];
ry(pi*1.535850148929) q[3];
ry(pi*0.987754637011) q[4];
ry(pi*1.634401430644) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*1.564971647039) q[0];
ry(pi*1.967525997137) q[1];
ry(pi*0.824642509987) q[2];
ry(pi*1.696930598239) q[3];
ry(pi*1.03726258019) q[4];
ry(pi*0.057911020566) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
