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
rz(pi*0.000373037348) q[0];
rz(pi*0.000552908075) q[1];
rz(pi*0.000883547594) q[2];
rz(pi*0.003647294633) q[3];
rz(pi*0.001011202762) q[4];
rz(pi*-0.005258683593) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002548127764) q[0];
rz(pi*-0.003394863707) q[1];
rz(pi*0.001128459309) q[2];
rz(pi*-0.000855049564) q[3];
rz(pi*0.001122608069) q[4];
rz(pi*-0.001573617777) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002318401881) q[0];
rz(pi*0.003238241007) q[1];
rz(pi*0.001282792977) q[2];
rz(pi*-0.000761844606) q[3];
rz(pi*-0.005293213994) q[4];
rz(pi*-0.004095337552) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003769982202) q[0];
rz(pi*-0.000194763926) q[1];
rz(pi*-0.003051341655) q[2];
rz(pi*0.003406031837) q[3];
rz(pi*0.002363192388) q[4];
rz(pi*-0.00052501128) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002711192009) q[0];
rz(pi*-0.001599858273) q[1];
rz(pi*0.000926516495) q[2];
rz(pi*6.6966416e-05) q[3];
rz(pi*-0.00067584292) q[4];
rz(pi*0.003733530514) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
