// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.014344204785) q[0];
ry(pi*0.009306423264) q[1];
ry(pi*0.268735348659) q[2];
ry(pi*0.249438261843) q[3];
ry(pi*0.003811582916) q[4];
ry(pi*0.003299725457) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.044823106942) q[0];
ry(pi*0.226414149497) q[1];
ry(pi*-0.271147676611) q[2];
ry(pi*-0.227461179551) q[3];
ry(pi*0.004163823835) q[4];
ry(pi*0.093383380347) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.030385351096) q[0];
ry(pi*-0.196995310486) q[1];
ry(pi*-0.292119563757) q[2];
ry(pi*0.288648708266) q[3];
ry(pi*0.003251166488) q[4];
ry(pi*0.496826100897) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.106063047872) q[0];
ry(pi*0.161022146056) q[1];
ry(pi*0.730267585386) q[2];
ry(pi*0.501138226993) q[3];
ry(pi*-0.150354718665) q[4];
ry(pi*-0.02190834877) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.452883537517) q[0];
ry(pi*0.67717751155) q[1];
ry(pi*0.02996125801) q[2];
ry(pi*-0.497861140175) q[3];
ry(pi*-0.327435588097) q[4];
ry(pi*-0.002118990892) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
