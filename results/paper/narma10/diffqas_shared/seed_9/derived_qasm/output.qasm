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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.012291814759) q[0];
rz(pi*0.031008971083) q[1];
rz(pi*-0.024516231203) q[2];
rz(pi*0.020079024897) q[3];
rz(pi*-0.014798477583) q[4];
rz(pi*0.002647083391) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.007461823364) q[0];
rz(pi*-0.028786192739) q[1];
rz(pi*0.061077814058) q[2];
rz(pi*0.028292759004) q[3];
rz(pi*0.007819669544) q[4];
rz(pi*0.012083909018) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.017849616763) q[0];
rz(pi*0.002546599865) q[1];
rz(pi*-0.005783891345) q[2];
rz(pi*-0.01807294972) q[3];
rz(pi*-0.023599994529) q[4];
rz(pi*0.005853636352) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003098140309) q[0];
rz(pi*-0.077997999787) q[1];
rz(pi*-0.022850172567) q[2];
rz(pi*-0.007346209962) q[3];
rz(pi*-0.005306627727) q[4];
rz(pi*-0.006119644353) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004144553156) q[0];
rz(pi*0.001893719751) q[1];
rz(pi*-0.011843389124) q[2];
rz(pi*0.016648557643) q[3];
rz(pi*-0.003420485513) q[4];
rz(pi*0.002585799341) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
