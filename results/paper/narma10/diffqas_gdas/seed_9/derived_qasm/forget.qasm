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
rz(pi*-0.002555515574) q[0];
rz(pi*0.000773034451) q[1];
rz(pi*-0.005272305433) q[2];
rz(pi*0.002088479453) q[3];
rz(pi*0.003639714131) q[4];
rz(pi*-0.001440694114) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001370279874) q[0];
rz(pi*0.000798745563) q[1];
rz(pi*-0.001255263668) q[2];
rz(pi*-0.002745136033) q[3];
rz(pi*-0.006469814278) q[4];
rz(pi*0.004489527512) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000151627115) q[0];
rz(pi*0.008028809107) q[1];
rz(pi*0.002629945071) q[2];
rz(pi*0.000884212974) q[3];
rz(pi*-0.002092682213) q[4];
rz(pi*0.004432349876) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001611563865) q[0];
rz(pi*0.004997296048) q[1];
rz(pi*-0.001268016171) q[2];
rz(pi*0.000591898331) q[3];
rz(pi*-0.00484680955) q[4];
rz(pi*0.0074587397) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000299286183) q[0];
rz(pi*-0.001225851907) q[1];
rz(pi*0.00258100724) q[2];
rz(pi*-0.002837324614) q[3];
rz(pi*0.002443371665) q[4];
rz(pi*-0.003728171899) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
