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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.113986664951) q[0];
ry(pi*0.182964735893) q[1];
ry(pi*-0.149842426018) q[2];
ry(pi*0.070211759631) q[3];
ry(pi*0.016090591663) q[4];
ry(pi*-0.206695943573) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.059214130539) q[0];
ry(pi*-0.340174422136) q[1];
ry(pi*-0.527278006021) q[2];
ry(pi*0.245695033587) q[3];
ry(pi*0.021517951284) q[4];
ry(pi*0.35817811777) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.339532384354) q[0];
ry(pi*0.203001608087) q[1];
ry(pi*0.053664056372) q[2];
ry(pi*0.189677578618) q[3];
ry(pi*0.532173923563) q[4];
ry(pi*0.227630928725) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010043965115) q[0];
ry(pi*-0.044694571319) q[1];
ry(pi*0.190806495052) q[2];
ry(pi*0.16943663555) q[3];
ry(pi*0.05080219288) q[4];
ry(pi*-0.208773193827) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.042591973474) q[0];
ry(pi*-0.335908323926) q[1];
ry(pi*-0.286875723967) q[2];
ry(pi*-0.038372356125) q[3];
ry(pi*-0.175732115771) q[4];
ry(pi*3.7152359e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
