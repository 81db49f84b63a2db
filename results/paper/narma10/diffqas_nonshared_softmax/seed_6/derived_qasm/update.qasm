// DiffQAS-QLSTM derived circuit, update gate
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
rx(pi*-0.034681011218) q[0];
rx(pi*-0.099595949661) q[1];
rx(pi*0.001979116533) q[2];
rx(pi*0.004609331224) q[3];
rx(pi*-0.003965807342) q[4];
rx(pi*0.002367924458) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.195040510345) q[0];
rx(pi*-0.098465268763) q[1];
rx(pi*0.000796598382) q[2];
rx(pi*-0.001729731178) q[3];
rx(pi*-0.003429666545) q[4];
rx(pi*-0.000197057368) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.039544354925) q[0];
rx(pi*-0.099590219892) q[1];
rx(pi*-0.002739482154) q[2];
rx(pi*0.00173656359) q[3];
rx(pi*-0.003296906225) q[4];
rx(pi*-0.000968094753) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.190248259896) q[0];
rx(pi*-0.095803714798) q[1];
rx(pi*-0.004610785011) q[2];
rx(pi*-0.001317886038) q[3];
rx(pi*0.003763844815) q[4];
rx(pi*-0.002095590527) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.041706434705) q[0];
rx(pi*-0.099000803025) q[1];
rx(pi*-0.000773061725) q[2];
rx(pi*0.002657231439) q[3];
rx(pi*-0.002929757173) q[4];
rx(pi*0.000607698739) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
