// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
rz(pi*-0.001397506804) q[0];
rz(pi*-0.00373964715) q[1];
rz(pi*0.005509274459) q[2];
rz(pi*-0.001563819687) q[3];
rz(pi*0.001049241343) q[4];
rz(pi*-0.000823786033) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005031148173) q[0];
rz(pi*0.004203509487) q[1];
rz(pi*0.002022370099) q[2];
rz(pi*-0.007007558273) q[3];
rz(pi*0.000166749182) q[4];
rz(pi*0.002174703921) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00318993313) q[0];
rz(pi*-0.001981801325) q[1];
rz(pi*0.00579715211) q[2];
rz(pi*-0.00420131102) q[3];
rz(pi*-0.002106916072) q[4];
rz(pi*0.002975886444) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000160053562) q[0];
rz(pi*0.006376834178) q[1];
rz(pi*0.000600333719) q[2];
rz(pi*-0.002016600605) q[3];
rz(pi*-0.001203333479) q[4];
rz(pi*-0.003472917591) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004068876201) q[0];
rz(pi*0.002007713948) q[1];
rz(pi*0.001849721652) q[2];
rz(pi*0.004120879317) q[3];
rz(pi*-0.002401505777) q[4];
rz(pi*0.005376656731) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
