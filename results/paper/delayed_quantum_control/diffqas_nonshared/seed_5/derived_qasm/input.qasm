// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.316916735344) q[0];
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
rz(pi*0.001935687765) q[0];
rz(pi*-0.000311027294) q[1];
rz(pi*0.004201388986) q[2];
rz(pi*-0.000229757918) q[3];
rz(pi*-0.004324758092) q[4];
rz(pi*-0.00094024313) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000619510534) q[0];
rz(pi*-0.003060720714) q[1];
rz(pi*-0.002865004964) q[2];
rz(pi*0.000405037666) q[3];
rz(pi*-0.000938397659) q[4];
rz(pi*0.003878121528) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00060552736) q[0];
rz(pi*-0.000998226515) q[1];
rz(pi*-0.000620676877) q[2];
rz(pi*0.001642621216) q[3];
rz(pi*0.000602901376) q[4];
rz(pi*0.001591245387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002950777495) q[0];
rz(pi*0.002503258995) q[1];
rz(pi*0.000455188048) q[2];
rz(pi*-0.006784472556) q[3];
rz(pi*-0.001243828585) q[4];
rz(pi*-0.000260155613) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000129651856) q[0];
rz(pi*0.000512733949) q[1];
rz(pi*-0.003447224933) q[2];
rz(pi*0.000606389916) q[3];
rz(pi*0.003430975368) q[4];
rz(pi*-0.00297326613) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
