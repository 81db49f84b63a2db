// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.246192840541) q[0];
ry(pi*-0.096351486483) q[1];
ry(pi*0.155313369598) q[2];
ry(pi*-0.011822688671) q[3];
ry(pi*-0.010009694404) q[4];
ry(pi*-0.115486735761) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.257929742747) q[0];
ry(pi*0.054924520351) q[1];
ry(pi*-0.004824236723) q[2];
ry(pi*-0.290867779809) q[3];
ry(pi*-0.032960975115) q[4];
ry(pi*-0.627491376324) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006294556486) q[0];
ry(pi*-0.031230945116) q[1];
ry(pi*-0.006104438882) q[2];
ry(pi*-0.01974284678) q[3];
ry(pi*-0.031997759545) q[4];
ry(pi*-0.121248711804) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001252226842) q[0];
ry(pi*0.185281915514) q[1];
ry(pi*-0.244513562642) q[2];
ry(pi*0.355767098938) q[3];
ry(pi*0.001658729227) q[4];
ry(pi*-0.004159708231) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.052239819634) q[0];
ry(pi*-0.110126801728) q[1];
ry(pi*0.39400925221) q[2];
ry(pi*-0.16685452048) q[3];
ry(pi*0.213362075394) q[4];
ry(pi*0.000704855067) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
