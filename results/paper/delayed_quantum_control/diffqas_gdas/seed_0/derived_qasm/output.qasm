// DiffQAS-QLSTM derived circuit, output gate
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
rx(pi*0.529020159605) q[0];
rx(pi*-0.065966887182) q[1];
rx(pi*-0.126182290251) q[2];
rx(pi*0.023233082932) q[3];
rx(pi*0.000605121113) q[4];
rx(pi*-0.000740460838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.554518621814) q[0];
rx(pi*0.175957284341) q[1];
rx(pi*-0.376232850094) q[2];
rx(pi*0.026148340479) q[3];
rx(pi*0.001332474895) q[4];
rx(pi*0.004748559769) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.056622557554) q[0];
rx(pi*-0.247909703452) q[1];
rx(pi*-0.093633014275) q[2];
rx(pi*0.024839913394) q[3];
rx(pi*0.003179157499) q[4];
rx(pi*0.001521041774) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.443401803138) q[0];
rx(pi*0.197811005828) q[1];
rx(pi*-0.381254101608) q[2];
rx(pi*0.022188445816) q[3];
rx(pi*-0.001515926246) q[4];
rx(pi*0.000317465058) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.412354571138) q[0];
rx(pi*-0.060695133737) q[1];
rx(pi*-0.1228745245) q[2];
rx(pi*0.021219884675) q[3];
rx(pi*-0.002156531882) q[4];
rx(pi*-0.001572075352) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
