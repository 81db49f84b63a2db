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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000709062645) q[0];
rz(pi*-0.005164619675) q[1];
rz(pi*-0.001561486336) q[2];
rz(pi*0.000508930839) q[3];
rz(pi*-0.003981420728) q[4];
rz(pi*0.000235200651) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00211130856) q[0];
rz(pi*-0.000976473) q[1];
rz(pi*-0.001976021752) q[2];
rz(pi*-0.001973934305) q[3];
rz(pi*0.002995735792) q[4];
rz(pi*-0.004884485276) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000956364851) q[0];
rz(pi*-0.001335027619) q[1];
rz(pi*0.000458387847) q[2];
rz(pi*-0.000221483947) q[3];
rz(pi*-0.003525317356) q[4];
rz(pi*0.00649383022) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000565360497) q[0];
rz(pi*-0.004271833316) q[1];
rz(pi*-0.002837553177) q[2];
rz(pi*0.000310630385) q[3];
rz(pi*0.001951141958) q[4];
rz(pi*-0.00427219528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002264272336) q[0];
rz(pi*-0.00437134271) q[1];
rz(pi*-0.002528620222) q[2];
rz(pi*0.002715512756) q[3];
rz(pi*0.005414445109) q[4];
rz(pi*-0.000269632167) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
