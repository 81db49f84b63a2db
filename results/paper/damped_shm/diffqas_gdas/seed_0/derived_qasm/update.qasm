// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*-0.136495314956) q[0];
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
rx(pi*-0.056927359489) q[0];
rx(pi*0.074440234882) q[1];
rx(pi*0.104357710905) q[2];
rx(pi*-0.000359252461) q[3];
rx(pi*-0.000819607507) q[4];
rx(pi*-0.000754069782) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.235694289577) q[0];
rx(pi*0.136153341911) q[1];
rx(pi*0.106590945604) q[2];
rx(pi*0.004221734293) q[3];
rx(pi*0.003706129123) q[4];
rx(pi*-0.001856895871) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.052940004145) q[0];
rx(pi*0.07064882059) q[1];
rx(pi*0.103935605214) q[2];
rx(pi*-0.006290855022) q[3];
rx(pi*-0.003545628571) q[4];
rx(pi*0.001464494388) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.236272332281) q[0];
rx(pi*0.145888249267) q[1];
rx(pi*0.111012876478) q[2];
rx(pi*-0.000984172526) q[3];
rx(pi*-0.000707826081) q[4];
rx(pi*-0.000686832439) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.050857764058) q[0];
rx(pi*0.072399393331) q[1];
rx(pi*0.10823716349) q[2];
rx(pi*-0.002193351167) q[3];
rx(pi*0.004133965473) q[4];
rx(pi*-0.001110475515) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
