// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*1.682882416936) q[0];
ry(pi*1.752286245823) q[1];
ry(pi*0.183338840532) q[2];
ry(pi*1.783150352862) q[3];
ry(pi*1.256126429879) q[4];
ry(pi*1.958139799398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.098302881015) q[0];
ry(pi*0.384423195546) q[1];
ry(pi*0.78052039864) q[2];
ry(pi*1.131873753446) q[3];
ry(pi*1.092787692356) q[4];
ry(pi*0.889944506712) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.54142191369) q[0];
ry(pi*1.272521312398) q[1];
ry(pi*0.078441051391) q[2];
ry(pi*1.850944078488) q[3];
ry(pi*0.119919604424) q[4];
ry(pi*0.612785371913) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.340047798018) q[0];
ry(pi*0.711079990296) q[1];
ry(pi*1.886088892753) q[2];
ry(pi*0.905960920861) q[3];
ry(pi*1.414653906259) q[4];
ry(pi*0.721731670307) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*1.874758823176) q[0];
ry(pi*0.965636055966) q[1];
ry(pi*1.893893370463) q[2];
ry(pi*1.199440489118) q[3];
ry(pi*0.004624484521) q[4];
ry(pi*0.512347288386) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
