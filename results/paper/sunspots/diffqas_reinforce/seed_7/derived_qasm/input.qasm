// DiffQAS-QLSTM derived circuit, input gate
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
rz(pi*0.000315898584) q[0];
rz(pi*-0.000514093353) q[1];
rz(pi*0.001178242539) q[2];
rz(pi*-0.000784696911) q[3];
rz(pi*-0.004946080895) q[4];
rz(pi*0.001896141592) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000917459972) q[0];
rz(pi*-0.000490591418) q[1];
rz(pi*0.003134973527) q[2];
rz(pi*0.003878447029) q[3];
rz(pi*-0.003476956415) q[4];
rz(pi*-0.002486365986) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00492505405) q[0];
rz(pi*0.004516214757) q[1];
rz(pi*-0.002350529413) q[2];
rz(pi*-0.003758470191) q[3];
rz(pi*-0.002029589526) q[4];
rz(pi*-0.001585708902) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00504240257) q[0];
rz(pi*9.9076402e-05) q[1];
rz(pi*-0.004075064874) q[2];
rz(pi*-0.003852974633) q[3];
rz(pi*0.002915831473) q[4];
rz(pi*-0.002174826354) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000227541015) q[0];
rz(pi*0.002002429297) q[1];
rz(pi*0.002588548907) q[2];
rz(pi*-0.00107276466) q[3];
rz(pi*0.000140410348) q[4];
rz(pi*-0.00262733869) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
