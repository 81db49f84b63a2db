// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.099935248795) q[0];
rx(pi*0.002473210461) q[1];
rx(pi*-0.00108187936) q[2];
rx(pi*0.003348948175) q[3];
rx(pi*-1.7192115e-05) q[4];
rx(pi*0.001856902986) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.097469626395) q[0];
rx(pi*0.001449207986) q[1];
rx(pi*-0.005373772874) q[2];
rx(pi*-0.006478678109) q[3];
rx(pi*-0.000969168936) q[4];
rx(pi*-0.002864516712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100533307748) q[0];
rx(pi*0.007491008786) q[1];
rx(pi*-0.002647461364) q[2];
rx(pi*-0.001986034767) q[3];
rx(pi*0.000653806222) q[4];
rx(pi*0.001569351132) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.101018175288) q[0];
rx(pi*-0.000309768941) q[1];
rx(pi*0.002236011539) q[2];
rx(pi*0.001654927266) q[3];
rx(pi*-0.003290297187) q[4];
rx(pi*-0.000252052286) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.100124426062) q[0];
rx(pi*-0.003010804601) q[1];
rx(pi*0.000827098482) q[2];
rx(pi*-0.002730964576) q[3];
rx(pi*0.003094186862) q[4];
rx(pi*0.000613532044) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
