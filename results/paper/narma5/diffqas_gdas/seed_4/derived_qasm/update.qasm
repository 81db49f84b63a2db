// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
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
rx(pi*0.096911097162) q[0];
rx(pi*0.053810492782) q[1];
rx(pi*0.001384609486) q[2];
rx(pi*-0.00142497119) q[3];
rx(pi*0.004976484723) q[4];
rx(pi*-0.003259813317) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.113031728614) q[0];
rx(pi*0.050018760696) q[1];
rx(pi*-0.000957916837) q[2];
rx(pi*-0.002836881126) q[3];
rx(pi*0.000632662577) q[4];
rx(pi*-0.006986292195) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.095257271205) q[0];
rx(pi*0.052985315809) q[1];
rx(pi*0.000881777125) q[2];
rx(pi*-0.001597902598) q[3];
rx(pi*-0.004266029137) q[4];
rx(pi*-0.000760063688) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.110885199372) q[0];
rx(pi*0.055756465851) q[1];
rx(pi*0.001002631675) q[2];
rx(pi*0.002399508303) q[3];
rx(pi*0.001808364027) q[4];
rx(pi*0.005283071875) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.08929127172) q[0];
rx(pi*0.057797046527) q[1];
rx(pi*0.001839086242) q[2];
rx(pi*-0.002993749286) q[3];
rx(pi*0.001596105819) q[4];
rx(pi*-0.005089889579) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
