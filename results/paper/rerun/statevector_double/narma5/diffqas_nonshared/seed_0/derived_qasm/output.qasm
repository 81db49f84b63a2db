// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.000373041498) q[0];
rz(pi*0.000552906296) q[1];
rz(pi*0.000883541961) q[2];
rz(pi*0.003647292854) q[3];
rz(pi*0.001011202688) q[4];
rz(pi*-0.005258684779) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548126579) q[0];
rz(pi*-0.003394862521) q[1];
rz(pi*0.001128463459) q[2];
rz(pi*-0.000855053047) q[3];
rz(pi*0.001122604437) q[4];
rz(pi*-0.001573618222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002318396249) q[0];
rz(pi*0.003238238339) q[1];
rz(pi*0.001282795348) q[2];
rz(pi*-0.000761840679) q[3];
rz(pi*-0.005293213994) q[4];
rz(pi*-0.004095339627) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769979534) q[0];
rz(pi*-0.000194767261) q[1];
rz(pi*-0.003051339283) q[2];
rz(pi*0.003406029169) q[3];
rz(pi*0.002363192537) q[4];
rz(pi*-0.000525009835) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00271119112) q[0];
rz(pi*-0.001599858273) q[1];
rz(pi*0.00092651479) q[2];
rz(pi*6.6966295e-05) q[3];
rz(pi*-0.000675843365) q[4];
rz(pi*0.003733531404) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
