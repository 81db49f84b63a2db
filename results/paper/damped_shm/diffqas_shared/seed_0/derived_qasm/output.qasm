// DiffQAS-QLSTM derived circuit, output gate
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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001775082863) q[0];
rz(pi*0.111210420727) q[1];
rz(pi*-0.023668064004) q[2];
rz(pi*-0.019821121222) q[3];
rz(pi*-0.014248669885) q[4];
rz(pi*-0.093607457984) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.011575122772) q[0];
rz(pi*0.06786411452) q[1];
rz(pi*-0.018699374116) q[2];
rz(pi*0.088700356006) q[3];
rz(pi*0.103216177595) q[4];
rz(pi*0.037149358579) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.068274314811) q[0];
rz(pi*-0.019650846741) q[1];
rz(pi*-0.041420045822) q[2];
rz(pi*0.119036622232) q[3];
rz(pi*0.137307397235) q[4];
rz(pi*-0.167081965779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.139976578244) q[0];
rz(pi*-0.123536047294) q[1];
rz(pi*0.020864895079) q[2];
rz(pi*0.028206278848) q[3];
rz(pi*-0.050255194334) q[4];
rz(pi*-0.02116235456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.182562817206) q[0];
rz(pi*0.093618120668) q[1];
rz(pi*0.024257689571) q[2];
rz(pi*-0.05351745395) q[3];
rz(pi*-0.30272720802) q[4];
rz(pi*0.003707791018) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
