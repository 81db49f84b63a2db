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
rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.000740447349) q[0];
rz(pi*0.001272594828) q[1];
rz(pi*0.005458864461) q[2];
rz(pi*-3.0686513e-05) q[3];
rz(pi*0.001819215994) q[4];
rz(pi*0.005961761448) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000879547161) q[0];
rz(pi*0.003972913229) q[1];
rz(pi*0.000222662648) q[2];
rz(pi*0.003312419114) q[3];
rz(pi*0.000499691593) q[4];
rz(pi*0.00316977755) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002240796525) q[0];
rz(pi*-0.001410596666) q[1];
rz(pi*-0.001822464188) q[2];
rz(pi*-0.000823420659) q[3];
rz(pi*0.003628409931) q[4];
rz(pi*0.001519747625) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002258918167) q[0];
rz(pi*-0.000535118493) q[1];
rz(pi*0.00044055465) q[2];
rz(pi*0.001493428866) q[3];
rz(pi*0.001301749568) q[4];
rz(pi*-0.001608336423) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.001072664979) q[0];
rz(pi*-0.003203007428) q[1];
rz(pi*0.002556374981) q[2];
rz(pi*0.003525519238) q[3];
rz(pi*0.006195388898) q[4];
rz(pi*-0.00962091553) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
