// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.01131304035) q[0];
rx(pi*-0.052940421545) q[1];
rx(pi*-0.050973697033) q[2];
rx(pi*0.008698025943) q[3];
rx(pi*0.016971828362) q[4];
rx(pi*0.031576799334) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.050123011201) q[0];
rx(pi*0.016944124593) q[1];
rx(pi*-0.051862688842) q[2];
rx(pi*0.031614159046) q[3];
rx(pi*0.011254403888) q[4];
rx(pi*-0.009777695645) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.051297670929) q[0];
rx(pi*-0.001014954401) q[1];
rx(pi*-0.026354375033) q[2];
rx(pi*0.156436470884) q[3];
rx(pi*-0.027772156293) q[4];
rx(pi*0.165664910226) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.007611510636) q[0];
rx(pi*0.016593311373) q[1];
rx(pi*-0.047023518788) q[2];
rx(pi*-0.049786999096) q[3];
rx(pi*-0.046594217682) q[4];
rx(pi*0.024155703937) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.034089920007) q[0];
rx(pi*0.002708983462) q[1];
rx(pi*0.002915118216) q[2];
rx(pi*0.000311310403) q[3];
rx(pi*-0.008922807943) q[4];
rx(pi*-0.00211709421) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
