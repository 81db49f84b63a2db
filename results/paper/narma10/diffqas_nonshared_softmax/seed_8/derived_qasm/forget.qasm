// DiffQAS-QLSTM derived circuit, forget gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.004015352598) q[0];
ry(pi*0.006211754672) q[1];
ry(pi*-0.001717967037) q[2];
ry(pi*-0.097128809442) q[3];
ry(pi*0.031666654267) q[4];
ry(pi*-0.041540081654) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.067389995041) q[0];
ry(pi*0.009804737146) q[1];
ry(pi*-0.01494673182) q[2];
ry(pi*-0.017066047027) q[3];
ry(pi*0.003218971217) q[4];
ry(pi*-0.002130006944) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017940527056) q[0];
ry(pi*-0.004201028207) q[1];
ry(pi*0.029220505021) q[2];
ry(pi*0.019989528074) q[3];
ry(pi*-0.008615742915) q[4];
ry(pi*0.170375198405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013648564247) q[0];
ry(pi*-0.033189682102) q[1];
ry(pi*0.017477673832) q[2];
ry(pi*-0.029692516153) q[3];
ry(pi*-0.004700248038) q[4];
ry(pi*0.040254791834) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.262905478639) q[0];
ry(pi*-0.186628733955) q[1];
ry(pi*0.048378984058) q[2];
ry(pi*0.065174329106) q[3];
ry(pi*0.070427588865) q[4];
ry(pi*0.004120650755) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
