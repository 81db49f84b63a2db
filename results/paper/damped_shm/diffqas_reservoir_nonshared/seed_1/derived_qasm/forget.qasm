// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.870551578429) q[0];
rx(pi*1.80388893213) q[1];
rx(pi*1.429882647814) q[2];
rx(pi*1.351238635455) q[3];
rx(pi*1.439213293348) q[4];
rx(pi*1.149771657038) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.576840087304) q[0];
rx(pi*1.003859236491) q[1];
rx(pi*0.451874994313) q[2];
rx(pi*0.1886980536) q[3];
rx(pi*1.81651142528) q[4];
rx(pi*1.509757915608) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.354483858175) q[0];
rx(pi*1.644916582762) q[1];
rx(pi*0.60069350857) q[2];
rx(pi*1.271309940404) q[3];
rx(pi*0.712305705688) q[4];
rx(pi*0.428326171657) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.351217509932) q[0];
rx(pi*0.141900623561) q[1];
rx(pi*0.148877111588) q[2];
rx(pi*0.138180418734) q[3];
rx(pi*0.179837533781) q[4];
rx(pi*1.668058629708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*1.035616656382) q[0];
rx(pi*0.257168024872) q[1];
rx(pi*1.049989271671) q[2];
rx(pi*1.085259609635) q[3];
rx(pi*0.993184106164) q[4];
rx(pi*0.412972741204) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
