// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
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
ry(pi*0.227453324834) q[0];
ry(pi*0.008473744942) q[1];
ry(pi*-0.029770989809) q[2];
ry(pi*0.010192865611) q[3];
ry(pi*0.010773828932) q[4];
ry(pi*-0.036370826107) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002011152314) q[0];
ry(pi*0.014496106532) q[1];
ry(pi*0.285245945967) q[2];
ry(pi*-0.012231466006) q[3];
ry(pi*-0.036448630973) q[4];
ry(pi*-0.018968750374) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.179547212796) q[0];
ry(pi*0.156664011047) q[1];
ry(pi*-0.233633393831) q[2];
ry(pi*-0.120249749206) q[3];
ry(pi*-0.025584819042) q[4];
ry(pi*-0.070624454839) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.062343542975) q[0];
ry(pi*0.35513420602) q[1];
ry(pi*-0.011982230506) q[2];
ry(pi*0.512906225533) q[3];
ry(pi*-0.503557024652) q[4];
ry(pi*-0.062210482353) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.041071568622) q[0];
ry(pi*0.869143696832) q[1];
ry(pi*-0.011330626902) q[2];
ry(pi*0.0213334674) q[3];
ry(pi*-0.015636174197) q[4];
ry(pi*-0.004626714708) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
