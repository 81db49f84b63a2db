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
ry(pi*0.018220258876) q[0];
ry(pi*-0.008043766747) q[1];
ry(pi*0.015021668244) q[2];
ry(pi*-0.017142822622) q[3];
ry(pi*-0.006119904043) q[4];
ry(pi*0.013420713405) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.140094228253) q[0];
ry(pi*-0.223456867314) q[1];
ry(pi*-0.470991593381) q[2];
ry(pi*0.007357162573) q[3];
ry(pi*-0.017715295639) q[4];
ry(pi*0.000296773628) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.03837115847) q[0];
ry(pi*0.079317872182) q[1];
ry(pi*0.158009349613) q[2];
ry(pi*0.002149373376) q[3];
ry(pi*-0.022378569349) q[4];
ry(pi*-0.12653491774) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.019968658052) q[0];
ry(pi*-0.287822615859) q[1];
ry(pi*0.149035230467) q[2];
ry(pi*0.500891201818) q[3];
ry(pi*0.438403205085) q[4];
ry(pi*0.015498107141) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.100083644141) q[0];
ry(pi*-0.025855576753) q[1];
ry(pi*-0.007235971183) q[2];
ry(pi*0.002688936976) q[3];
ry(pi*-0.017666351879) q[4];
ry(pi*-0.0047077568) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
