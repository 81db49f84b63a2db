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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.280436297509) q[0];
ry(pi*-0.154595089829) q[1];
ry(pi*0.044150262161) q[2];
ry(pi*-0.06636047209) q[3];
ry(pi*0.243889909453) q[4];
ry(pi*-0.089508424304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.007873696222) q[0];
ry(pi*-0.043119335226) q[1];
ry(pi*-0.1657335726) q[2];
ry(pi*-0.069372362584) q[3];
ry(pi*-0.068135348921) q[4];
ry(pi*-0.31085414655) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.080162240089) q[0];
ry(pi*0.142948554821) q[1];
ry(pi*-0.275693414149) q[2];
ry(pi*-0.011395354802) q[3];
ry(pi*0.30570856662) q[4];
ry(pi*0.138271326654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.155138801346) q[0];
ry(pi*-0.145674824828) q[1];
ry(pi*-0.25762401589) q[2];
ry(pi*-0.090579426425) q[3];
ry(pi*-0.140698102353) q[4];
ry(pi*0.212108223417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.174942963304) q[0];
ry(pi*-0.31830267654) q[1];
ry(pi*-0.227670581768) q[2];
ry(pi*-0.189335689705) q[3];
ry(pi*0.068807989745) q[4];
ry(pi*-0.002335702507) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
