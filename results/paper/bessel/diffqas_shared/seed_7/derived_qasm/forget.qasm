// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.078370430081) q[0];
ry(pi*0.09620308165) q[1];
ry(pi*-0.016585464956) q[2];
ry(pi*0.291323296509) q[3];
ry(pi*-0.093801141279) q[4];
ry(pi*-0.178403877075) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.218483085615) q[0];
ry(pi*0.143040307028) q[1];
ry(pi*0.014383773636) q[2];
ry(pi*-0.067865091616) q[3];
ry(pi*-0.025119481574) q[4];
ry(pi*0.090409895437) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.138771619038) q[0];
ry(pi*-0.191383702955) q[1];
ry(pi*-0.230270417384) q[2];
ry(pi*0.380559205751) q[3];
ry(pi*-0.183129855716) q[4];
ry(pi*0.222953577236) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.159760325525) q[0];
ry(pi*-0.285584818214) q[1];
ry(pi*-0.149590828411) q[2];
ry(pi*0.022684881989) q[3];
ry(pi*0.140657785264) q[4];
ry(pi*-0.13551676828) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.038835348087) q[0];
ry(pi*0.020670225201) q[1];
ry(pi*-0.142060516392) q[2];
ry(pi*-0.147147774095) q[3];
ry(pi*-0.082210841494) q[4];
ry(pi*0.000360650367) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
