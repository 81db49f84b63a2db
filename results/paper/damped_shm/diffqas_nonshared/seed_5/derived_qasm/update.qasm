// DiffQAS-QLSTM derived circuit, update gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.085032667745) q[0];
ry(pi*-0.005459755588) q[1];
ry(pi*-0.004859904303) q[2];
ry(pi*-0.247056878444) q[3];
ry(pi*-0.14361519077) q[4];
ry(pi*0.113904531926) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.15400351007) q[0];
ry(pi*-0.018223242341) q[1];
ry(pi*0.014720517377) q[2];
ry(pi*-0.139649317319) q[3];
ry(pi*0.077589374233) q[4];
ry(pi*-0.075997038951) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.072936473873) q[0];
ry(pi*0.183168730876) q[1];
ry(pi*0.245280213431) q[2];
ry(pi*-0.18143505811) q[3];
ry(pi*-0.056247029959) q[4];
ry(pi*-0.21751705022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.006670215112) q[0];
ry(pi*0.362513124999) q[1];
ry(pi*-0.007681542012) q[2];
ry(pi*0.361674263933) q[3];
ry(pi*-0.271778046153) q[4];
ry(pi*0.046535349989) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004956774706) q[0];
ry(pi*0.03611833678) q[1];
ry(pi*0.112629022558) q[2];
ry(pi*-0.263965713726) q[3];
ry(pi*0.013735855488) q[4];
ry(pi*0.000780233201) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
