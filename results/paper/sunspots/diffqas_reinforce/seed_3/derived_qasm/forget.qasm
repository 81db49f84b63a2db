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
rz(pi*0.002948647508) q[0];
rz(pi*-0.002015518566) q[1];
rz(pi*0.002476475256) q[2];
rz(pi*0.001135699561) q[3];
rz(pi*-0.00218255019) q[4];
rz(pi*0.003509658613) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002467953231) q[0];
rz(pi*-0.009735157559) q[1];
rz(pi*0.002527596287) q[2];
rz(pi*-0.001964792108) q[3];
rz(pi*0.004730251067) q[4];
rz(pi*-0.002067974952) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003760333078) q[0];
rz(pi*0.004928896328) q[1];
rz(pi*-0.003423417989) q[2];
rz(pi*0.000647395656) q[3];
rz(pi*0.004614649819) q[4];
rz(pi*0.000364456923) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00025650751) q[0];
rz(pi*0.000326026362) q[1];
rz(pi*0.002670783317) q[2];
rz(pi*-0.002568170694) q[3];
rz(pi*0.001943760373) q[4];
rz(pi*0.001836890591) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.007425263472) q[0];
rz(pi*-0.001071194368) q[1];
rz(pi*-0.002912014393) q[2];
rz(pi*0.002341768747) q[3];
rz(pi*-0.001264178191) q[4];
rz(pi*0.000920285504) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
