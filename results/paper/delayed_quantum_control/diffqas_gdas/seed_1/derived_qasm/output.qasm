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
rz(pi*-0.316916735344) q[0];
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
rx(pi*0.303739233355) q[0];
rx(pi*0.145497239909) q[1];
rx(pi*0.049090172762) q[2];
rx(pi*0.067278345164) q[3];
rx(pi*0.075089434877) q[4];
rx(pi*-0.001070735094) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.667493821127) q[0];
rx(pi*0.128036145887) q[1];
rx(pi*-0.045685712402) q[2];
rx(pi*0.082337987363) q[3];
rx(pi*0.084422409315) q[4];
rx(pi*0.001635465377) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.320095373524) q[0];
rx(pi*-0.050050283916) q[1];
rx(pi*0.132602781907) q[2];
rx(pi*0.068777690267) q[3];
rx(pi*0.072061754313) q[4];
rx(pi*-0.000574545456) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.241008973606) q[0];
rx(pi*0.006971574679) q[1];
rx(pi*-0.046219605522) q[2];
rx(pi*0.076503141739) q[3];
rx(pi*0.088251517714) q[4];
rx(pi*0.000817170621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.226290143618) q[0];
rx(pi*0.150824929758) q[1];
rx(pi*0.045833818414) q[2];
rx(pi*0.073036427051) q[3];
rx(pi*0.078210437643) q[4];
rx(pi*-0.005922278567) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
