// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


ry(pi*-0.026303643375) q[0];
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
rz(pi*1.344501792204) q[0];
rz(pi*1.593437295206) q[1];
rz(pi*0.168925452809) q[2];
rz(pi*0.482344164637) q[3];
rz(pi*0.595020543173) q[4];
rz(pi*0.979600377724) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.486016339953) q[0];
rz(pi*0.549604073034) q[1];
rz(pi*1.948920106492) q[2];
rz(pi*1.138914084769) q[3];
rz(pi*1.065024567091) q[4];
rz(pi*1.587678383261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.018324988443) q[0];
rz(pi*1.228439271495) q[1];
rz(pi*0.388482187243) q[2];
rz(pi*0.79771342671) q[3];
rz(pi*1.196494021401) q[4];
rz(pi*1.542239259661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*1.319836309509) q[0];
rz(pi*1.203822207253) q[1];
rz(pi*1.22475840666) q[2];
rz(pi*1.380252520139) q[3];
rz(pi*0.012381404074) q[4];
rz(pi*0.242171737422) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.184132660295) q[0];
rz(pi*1.968347744785) q[1];
rz(pi*1.080014403807) q[2];
rz(pi*0.425087068279) q[3];
rz(pi*0.568455395143) q[4];
rz(pi*1.849481659096) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
